// Every namespace of the km interface text, merged into one resource tree (top-level key = file).

import app from './app.json';
import classroom from './classroom.json';
import classSession from './class.json';
import common from './common.json';
import debrief from './debrief.json';
import menu from './menu.json';
import play from './play.json';
import seat from './seat.json';
import sim from './sim.json';
import grade from './grade.json';

/** The km interface text. */
const resources = { app, common, sim, menu, play, debrief, classroom, class: classSession, grade, seat };
export default resources;
